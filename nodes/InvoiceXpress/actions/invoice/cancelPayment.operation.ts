import { cancelPayment } from '../document';
import { INVOICE } from './family';

export const { description, execute } = cancelPayment(INVOICE);
