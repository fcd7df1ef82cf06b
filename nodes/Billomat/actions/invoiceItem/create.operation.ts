import { INVOICE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.create(INVOICE_CHILDREN);
