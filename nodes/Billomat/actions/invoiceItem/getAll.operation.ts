import { INVOICE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.getAll(INVOICE_CHILDREN);
