import { INVOICE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.get(INVOICE_CHILDREN);
