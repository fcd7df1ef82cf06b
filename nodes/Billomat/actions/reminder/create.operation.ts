import { create } from '../document';
import { REMINDER } from './family';

export const { description, execute } = create(REMINDER);
