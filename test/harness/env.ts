// Runs before every test file: an isolated n8n user folder and the binary-data mode real
// installations use in queue mode (data on disk, `binary[p].data` is then an id, not base64).
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-invoicing-test-'));
process.env.N8N_DEFAULT_BINARY_DATA_MODE ??= 'filesystem';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
process.env.N8N_ENCRYPTION_KEY ??= 'test-encryption-key';
// The workflow time zone n8n uses for 'today' (triggers, date defaults): fixed so tests agree with it.
process.env.GENERIC_TIMEZONE = 'UTC';
