import { INVOICE_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.del(INVOICE_CHILDREN);
