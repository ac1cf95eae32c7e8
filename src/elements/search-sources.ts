/**
 * The downloads behind search, shared by every search surface of a page (the header box, the
 * results page, the index filter): the code map and Pagefind, each fetched once, on first use.
 *
 * A download that fails is forgotten, so the next use asks the network again: a reader whose
 * network comes back should not have to reload the page. Browsers remember a module that failed
 * to load and fail every later import of that URL without asking again, so a retry asks for the
 * same file under a new query string.
 */
import type { CodeMap } from '../lib/browser/search/code-map.ts';
import { searchesChineseIndex, type SearchSources, type WordIndex } from '../lib/browser/search/engine.ts';

interface PagefindInstance extends WordIndex {
	init(): Promise<void>;
	preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
	mergeIndex(url: string, options: { language: string }): Promise<void>;
}
interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Where a page's search files are: read from the data attributes of the element that searches. */
export interface SearchEndpoints {
	locale: string;
	codeMap: string;
	pagefind: string;
	/** The site's base path, for the URLs Pagefind gives its results. */
	base: string;
}

export interface BrowserSearchSources extends SearchSources {
	/** Starts downloading what a word search needs, and the index chunk of this term. */
	preloadWords(term: string): void;
}

const cache = new Map<string, BrowserSearchSources>();

/** One set of sources per code map and index: every surface of a page shares its downloads. */
export function searchSources(endpoints: SearchEndpoints): BrowserSearchSources {
	const key = `${endpoints.codeMap} ${endpoints.pagefind}`;
	let sources = cache.get(key);
	if (!sources) cache.set(key, (sources = createSources(endpoints)));
	return sources;
}

/**
 * A download kept once it succeeds and forgotten when it fails, so the next use retries; `forget`
 * drops a success that turned out broken.
 */
function retrying<T>(start: () => Promise<T>): { get: () => Promise<T>; forget: () => void } {
	let pending: Promise<T> | undefined;
	const forget = () => {
		pending = undefined;
	};
	const get = () =>
		(pending ??= start().catch((error: unknown) => {
			forget();
			throw error;
		}));
	return { get, forget };
}

function createSources({ locale, codeMap: codeMapUrl, pagefind: pagefindUrl, base }: SearchEndpoints): BrowserSearchSources {
	let importFailures = 0;
	const importPagefind = async (): Promise<PagefindModule> => {
		const url = importFailures === 0 ? pagefindUrl : `${pagefindUrl}?retry=${importFailures}`;
		try {
			return (await import(/* @vite-ignore */ url)) as PagefindModule;
		} catch (error) {
			importFailures++;
			throw error;
		}
	};
	// Pagefind's main-thread build: at this index size a worker costs an extra download and buys nothing.
	const newInstance = async () => {
		const instance = (await importPagefind()).createInstance({ noWorker: true, baseUrl: base });
		await instance.init();
		return instance;
	};
	/**
	 * Pagefind's init() resolves even when its index failed to load, and the instance then fails
	 * every search: such an instance is forgotten, so the next search starts a new one.
	 */
	const searchable = (instance: ReturnType<typeof retrying<PagefindInstance>>) => async (): Promise<WordIndex> => {
		const loaded = await instance.get();
		return {
			search: async (term, options) => {
				try {
					return await loaded.search(term, options);
				} catch (error) {
					instance.forget();
					throw error;
				}
			},
		};
	};

	const wordInstance = retrying(newInstance);
	const chineseInstance = retrying(async () => {
		const instance = await newInstance();
		// The same bundle holds both languages; Pagefind skips a merge of its own URL as written,
		// so the Chinese index is named by its absolute URL.
		await instance.mergeIndex(new URL('.', new URL(pagefindUrl, location.href)).href, { language: 'zh-cn' });
		return instance;
	});

	const codeMap = retrying(async (): Promise<CodeMap> => {
		// The request starts with the download of the code that reads it, not after it.
		const response = fetch(codeMapUrl);
		response.catch(() => {}); // reported by loadCodeMap, once its module has arrived
		const { loadCodeMap } = await import('../lib/browser/search/load-code-map.ts');
		return loadCodeMap(codeMapUrl, () => response);
	});

	// Keys typed while Pagefind loads each ask for their word's index chunk; once it has loaded,
	// only the newest is fetched: "p", "pa" and "pas" may each fall in another chunk than
	// "password", and nobody searches them.
	let newestTerm = '';
	return {
		locale,
		codeMap: codeMap.get,
		words: searchable(wordInstance),
		...(locale === 'zh-cn' ? {} : { chineseWords: searchable(chineseInstance) }),
		preloadWords(term) {
			newestTerm = term;
			// Chinese words on a page in another language are searched in the Chinese index (engine.ts):
			// that instance is the one to warm, and the page's own is not loaded for them.
			const instance = searchesChineseIndex(locale, term) ? chineseInstance : wordInstance;
			void instance
				.get()
				.then((loaded) => (term === newestTerm ? loaded.preload(term) : undefined))
				.catch(() => {});
		},
	};
}
