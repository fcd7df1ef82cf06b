import { update } from '../document';
import { ESTIMATE } from './family';

export const { description, execute } = update(ESTIMATE);
