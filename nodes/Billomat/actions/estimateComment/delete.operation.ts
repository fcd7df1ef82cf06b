import { ESTIMATE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.del(ESTIMATE_CHILDREN);
