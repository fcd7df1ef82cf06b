import { INVOICE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.create(INVOICE_CHILDREN);
