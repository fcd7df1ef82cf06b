import { downloadPdf } from '../document';
import { DELIVERY_NOTE } from './family';

export const { description, execute } = downloadPdf(DELIVERY_NOTE);
