import { INVOICE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.update(INVOICE_CHILDREN);
