import { INVOICE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(INVOICE_CHILDREN);
