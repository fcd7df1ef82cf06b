import { INVOICE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.getAll(INVOICE_CHILDREN);
