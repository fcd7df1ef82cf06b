import { ESTIMATE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.update(ESTIMATE_CHILDREN);
