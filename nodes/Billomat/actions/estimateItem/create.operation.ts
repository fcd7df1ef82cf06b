import { ESTIMATE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.create(ESTIMATE_CHILDREN);
