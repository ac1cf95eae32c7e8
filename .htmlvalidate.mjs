// html-validate configuration for the built site (tests/dist/html-validate.test.ts).
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro's compiler writes void elements as <meta …>, and minified HTML keeps no style choices.
		'void-style': 'off',
		'attribute-boolean-style': 'off',
		// role="list" on lists styled with list-style: none is deliberate: Safari's VoiceOver
		// drops the list semantics of such lists unless the role is restated.
		'no-redundant-role': 'off',
		// The index filters are forms only for their reset behaviour; they apply as you type,
		// so there is nothing to submit (WCAG technique H32 is about forms that submit).
		'wcag/h32': 'off',
	},
};
