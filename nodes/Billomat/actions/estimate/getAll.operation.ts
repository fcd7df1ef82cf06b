import { getAll } from '../document';
import { ESTIMATE } from './family';

export const { description, execute } = getAll(ESTIMATE);
