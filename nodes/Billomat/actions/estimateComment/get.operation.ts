import { ESTIMATE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.get(ESTIMATE_CHILDREN);
