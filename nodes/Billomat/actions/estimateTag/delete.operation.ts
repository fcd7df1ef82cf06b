import { ESTIMATE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(ESTIMATE_CHILDREN);
