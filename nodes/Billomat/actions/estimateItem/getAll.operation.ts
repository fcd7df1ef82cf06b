import { ESTIMATE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.getAll(ESTIMATE_CHILDREN);
