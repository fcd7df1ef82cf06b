import { INVOICE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.get(INVOICE_CHILDREN);
