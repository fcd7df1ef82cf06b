import { downloadPdf } from '../document';
import { ESTIMATE } from './family';

export const { description, execute } = downloadPdf(ESTIMATE);
