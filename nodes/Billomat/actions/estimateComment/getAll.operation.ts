import { ESTIMATE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.getAll(ESTIMATE_CHILDREN);
