import { update } from '../document';
import { RECURRING } from './family';

export const { description, execute } = update(RECURRING);
