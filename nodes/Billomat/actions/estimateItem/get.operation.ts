import { ESTIMATE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.get(ESTIMATE_CHILDREN);
