// What the example workflows use besides the provider sandboxes, as a user's own n8n would have
// it: a folder n8n may read and write files in (the spreadsheets of examples/data/, the PDFs the
// examples store) and a mail server for n8n's Send Email node (an SMTP sink on loopback that keeps
// what it receives). `npm start`, the e2e and the editor checks start them beside the sandboxes.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Workflow } from './n8n';
import { withSandboxCredentials } from './n8n';
import { REPO_ROOT, log } from './runtime';
import type { N8nCredential } from './sandboxes';
import type { SmtpSink } from './smtp-sink';
import { startSmtpSink } from './smtp-sink';

/** The placeholder example workflows use for the files folder, replaced when they are imported. */
export const FILES_TOKEN = '__INVOICING_FILES__';

export const EXAMPLE_DATA_DIR = join(REPO_ROOT, 'examples', 'data');

/** The id of the SMTP credential examples name; n8n keeps ids of at most 16 characters. */
export const SMTP_CREDENTIAL_ID = 'localsmtp';

export interface LocalServices {
	/** The folder n8n may read and write (N8N_RESTRICT_FILE_ACCESS_TO): examples/data copied in, `out/` for what examples write. */
	filesDir: string;
	smtp: SmtpSink;
	/** The SMTP credential, to import beside the sandbox credentials. */
	credential: N8nCredential;
	/** Environment n8n needs for these services. */
	env: Record<string, string>;
	close(): Promise<void>;
}

/**
 * @param options.smtpPort a fixed port (npm start), else any free one
 * @param options.mailDir where the sink keeps each message as .eml (npm start), else nowhere
 */
export async function startLocalServices(userFolder: string, options: { smtpPort?: number; mailDir?: string } = {}): Promise<LocalServices> {
	const filesDir = join(userFolder, 'invoicing-files');
	mkdirSync(join(filesDir, 'out'), { recursive: true });
	if (existsSync(EXAMPLE_DATA_DIR)) {
		for (const file of readdirSync(EXAMPLE_DATA_DIR)) copyFileSync(join(EXAMPLE_DATA_DIR, file), join(filesDir, file));
	}
	if (options.mailDir) mkdirSync(options.mailDir, { recursive: true });
	const smtp = await startSmtpSink({ port: options.smtpPort ?? 0, saveDir: options.mailDir });
	log(`mail (SMTP sink) on 127.0.0.1:${smtp.port}; files folder ${filesDir}`);
	return {
		filesDir,
		smtp,
		credential: {
			id: SMTP_CREDENTIAL_ID,
			name: 'Local mail (SMTP sink)',
			type: 'smtp',
			data: { user: '', password: '', host: '127.0.0.1', port: smtp.port, secure: false, disableStartTls: true },
		},
		// n8n reads and writes files only there (2.x's default is ~/.n8n-files; 1.x's is anywhere).
		env: { N8N_RESTRICT_FILE_ACCESS_TO: filesDir },
		close: async () => await smtp.close(),
	};
}

/** Every string in a parameter value with the files-folder placeholder replaced. */
function withFolder(value: unknown, filesDir: string): unknown {
	if (typeof value === 'string') return value.split(FILES_TOKEN).join(filesDir);
	if (Array.isArray(value)) return value.map((entry) => withFolder(entry, filesDir));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withFolder(entry, filesDir)]));
	}
	return value;
}

/**
 * An example as n8n imports it here: credentials pointed at the sandbox (and the SMTP sink)
 * credential of the same type, and the files-folder placeholder replaced by the folder's path.
 */
export function prepareExample(workflow: Workflow, credentials: N8nCredential[], filesDir: string): Workflow {
	const pointed = withSandboxCredentials(workflow, credentials);
	return { ...pointed, nodes: pointed.nodes.map((node) => ({ ...node, parameters: withFolder(node.parameters, filesDir) })) };
}
