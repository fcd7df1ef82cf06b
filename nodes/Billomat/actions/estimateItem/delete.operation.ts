import { ESTIMATE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.del(ESTIMATE_CHILDREN);
