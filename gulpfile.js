// Build steps tsc does not do:
// - build:assets copies node icons and codex files next to the compiled nodes in dist/.
// - build:vendor bundles the third-party libraries the compiled code requires (luxon,
//   fast-xml-parser) into dist/vendor/, one file each, and points the compiled requires at them,
//   so the published package has no runtime `dependencies` (n8n's package rules) and uses the
//   library versions it was tested with. n8n-workflow stays a peer: n8n provides it.
const { readdirSync, readFileSync, statSync, writeFileSync } = require('fs');
const { builtinModules } = require('module');
const { dirname, join, relative, sep } = require('path');
const { src, dest, series, task } = require('gulp');

const DIST = join(__dirname, 'dist');
const VENDOR = join(DIST, 'vendor');
/** Provided by n8n at run time: never bundled. */
const PEERS = new Set(['n8n-workflow']);
/** The only Node built-in n8n's community-node rules allow. */
const ALLOWED_BUILTINS = new Set(['crypto', 'node:crypto']);
/** The only libraries the compiled code may require; anything else fails the build. */
const VENDORED = ['luxon', 'fast-xml-parser'];

function copyAssets() {
	return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}', 'icons/**/*.svg'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

function jsFiles(folder) {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return path === VENDOR ? [] : jsFiles(path);
		return name.endsWith('.js') ? [path] : [];
	});
}

const REQUIRE = /require\("([^"./][^"]*)"\)/g;
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(packageOf(specifier));

async function vendor() {
	const esbuild = require('esbuild');
	const files = jsFiles(DIST);
	const wanted = new Set();
	const refused = [];
	for (const file of files) {
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(REQUIRE)) {
			if (PEERS.has(packageOf(specifier)) || ALLOWED_BUILTINS.has(specifier)) continue;
			if (VENDORED.includes(specifier)) wanted.add(specifier);
			else refused.push(`${relative(__dirname, file)} requires "${specifier}"`);
		}
	}
	if (refused.length) {
		const builtins = refused.filter((line) => isBuiltin(/"(.*)"/.exec(line)[1]));
		throw new Error(
			`the compiled nodes require modules that are neither n8n-workflow nor vendored (${VENDORED.join(', ')}):\n  ` +
				refused.join('\n  ') +
				(builtins.length ? '\nNode built-ins other than crypto (fs, stream, …) are not allowed in community nodes.' : ''),
		);
	}
	for (const name of wanted) {
		await esbuild.build({
			stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: __dirname, loader: 'js' },
			bundle: true,
			platform: 'node',
			format: 'cjs',
			target: 'node20',
			outfile: join(VENDOR, `${name}.js`),
			legalComments: 'eof',
			logLevel: 'warning',
		});
	}
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		const rewritten = text.replace(REQUIRE, (whole, specifier) => {
			if (!wanted.has(specifier)) return whole;
			let path = relative(dirname(file), join(VENDOR, specifier)).split(sep).join('/');
			if (!path.startsWith('.')) path = `./${path}`;
			return `require("${path}")`;
		});
		if (rewritten !== text) writeFileSync(file, rewritten);
	}
}

task('build:assets', copyAssets);
task('build:vendor', vendor);
task('build:dist', series(copyAssets, vendor));
