import { ESTIMATE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(ESTIMATE_CHILDREN);
