import { update } from '../document';
import { CONFIRMATION } from './family';

export const { description, execute } = update(CONFIRMATION);
