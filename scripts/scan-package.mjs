// `npm run scan`: n8n's own community-package scanner (@n8n/scan-community-package, the check n8n
// runs before a package may be verified), run the way it runs, on both legs:
//   1. the source: package.json and nodes/ + credentials/ (its SOURCE_FILE_PATTERNS);
//   2. the published artifact: `npm pack` of the built package, unpacked, with the scanner's
//      default patterns (every .js, .ts and .json file in it).
// Inline eslint-disable comments are ignored by the scanner, so they cannot hide a finding here.
// Needs a build first (`npm run build`). Exits 1 on any error; warnings are printed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import glob from 'fast-glob';
import { SOURCE_FILE_PATTERNS, analyzePackage, buildScanConfig } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scannerVersion = JSON.parse(
	readFileSync(join(root, 'node_modules', '@n8n', 'scan-community-package', 'package.json'), 'utf8'),
).version;

/** Errors and warnings, counted with the scanner's own configuration (analyzePackage reports only pass/fail). */
async function count(folder, patterns) {
	const eslint = new ESLint({
		cwd: folder,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await buildScanConfig(),
	});
	// The files the scanner lints: the same glob and ignores as its analyzePackage.
	const files = glob.sync(patterns, { cwd: folder, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
	const results = files.length ? await eslint.lintFiles(files) : [];
	return {
		files: results.length,
		errors: results.reduce((sum, r) => sum + r.errorCount, 0),
		warnings: results.reduce((sum, r) => sum + r.warningCount, 0),
		text: await (await eslint.loadFormatter('stylish')).format(results.filter((r) => r.messages.length > 0)),
	};
}

async function leg(name, folder, patterns) {
	const verdict = await analyzePackage(folder, patterns);
	const tally = await count(folder, patterns ?? ['**/*.js', '**/*.ts', '**/*.json']);
	if (tally.text.trim()) process.stdout.write(tally.text);
	process.stdout.write(
		`[scan] ${name}: ${verdict.passed ? 'passed' : `FAILED (${verdict.message})`} — ${tally.files} file(s), ${tally.errors} error(s), ${tally.warnings} warning(s)\n`,
	);
	return verdict.passed && tally.errors === 0;
}

const work = mkdtempSync(join(tmpdir(), 'n8n-invoicing-scan-'));
try {
	process.stdout.write(`[scan] @n8n/scan-community-package ${scannerVersion}\n`);
	const source = await leg('source (package.json, nodes/, credentials/)', root, SOURCE_FILE_PATTERNS);

	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
	)[0];
	const unpacked = join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', unpacked, '--strip-components=1']);
	const tarball = await leg(`tarball (${packed.filename}, ${packed.entryCount} files)`, unpacked);

	const ok = source && tarball;
	process.stdout.write(`scan: ${ok ? 'passed' : 'FAILED'}\n`);
	process.exitCode = ok ? 0 : 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
