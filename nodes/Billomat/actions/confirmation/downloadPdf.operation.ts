import { downloadPdf } from '../document';
import { CONFIRMATION } from './family';

export const { description, execute } = downloadPdf(CONFIRMATION);
