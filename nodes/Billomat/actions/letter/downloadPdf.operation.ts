import { downloadPdf } from '../document';
import { LETTER } from './family';

export const { description, execute } = downloadPdf(LETTER);
