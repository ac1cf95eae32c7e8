/**
 * The OpenSearch description of a locale's search page
 * (https://github.com/dewitt/opensearch/blob/master/opensearch-1-1-draft-6.md): with it linked
 * from every page, a browser can add the site as a search engine, and a support agent can type a
 * code into the address bar.
 */
export interface OpenSearchFields {
	/** At most 16 characters, as the specification asks. */
	shortName: string;
	/** At most 1,024 characters. */
	description: string;
	language: string;
	/** The results page, absolute; the query goes in its `q` parameter. */
	searchUrl: string;
	iconUrl: string;
}

const escapeXml = (text: string) =>
	text.replace(/[<>&'"]/g, (character) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[character]};`);

export function openSearchDescription({ shortName, description, language, searchUrl, iconUrl }: OpenSearchFields): string {
	if ([...shortName].length > 16) throw new Error(`OpenSearch ShortName "${shortName}" is longer than 16 characters`);
	return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
	<ShortName>${escapeXml(shortName)}</ShortName>
	<Description>${escapeXml(description)}</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Language>${escapeXml(language)}</Language>
	<Image type="image/svg+xml">${escapeXml(iconUrl)}</Image>
	<Url type="text/html" method="get" template="${escapeXml(searchUrl)}?q={searchTerms}"/>
</OpenSearchDescription>
`;
}
