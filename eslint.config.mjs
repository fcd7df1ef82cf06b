// n8n's community-node rules: eslint-plugin-n8n-nodes-base (community, nodes and credentials
// rule sets) and @n8n/eslint-plugin-community-nodes, over nodes/, credentials/ and package.json.
import tsParser from '@typescript-eslint/parser';
import jsoncParser from 'jsonc-eslint-parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import communityNodes from '@n8n/eslint-plugin-community-nodes';

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', 'sandbox/**', 'bench/**', 'scripts/**', '.n8n-runtime/**'] },
	{
		files: ['package.json'],
		languageOptions: { parser: jsoncParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		languageOptions: {
			parser: tsParser,
			parserOptions: { project: './tsconfig.json', sourceType: 'module' },
		},
		plugins: { 'n8n-nodes-base': n8nNodesBase, ...communityNodes.configs.recommendedWithoutN8nCloudSupport.plugins },
		rules: {
			// The product's design ships fast-xml-parser, form-data and luxon as runtime dependencies,
			// so the package targets self-hosted n8n; the Cloud-only import ban does not apply.
			...communityNodes.configs.recommendedWithoutN8nCloudSupport.rules,
		},
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// That rule wants n8n's internal doc slugs; a community credential links to a full URL
			// (which @n8n/community-nodes/credential-documentation-url checks instead).
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: { ...n8nNodesBase.configs.nodes.rules },
	},
];
