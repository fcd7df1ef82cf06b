import { INVOICE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.del(INVOICE_CHILDREN);
