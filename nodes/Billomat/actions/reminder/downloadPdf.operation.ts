import { downloadPdf } from '../document';
import { REMINDER } from './family';

export const { description, execute } = downloadPdf(REMINDER);
