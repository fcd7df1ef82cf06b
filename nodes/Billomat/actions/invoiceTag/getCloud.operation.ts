import { INVOICE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(INVOICE_CHILDREN);
