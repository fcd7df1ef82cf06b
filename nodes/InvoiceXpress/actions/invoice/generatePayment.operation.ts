import { generatePayment } from '../document';
import { INVOICE } from './family';

export const { description, execute } = generatePayment(INVOICE);
