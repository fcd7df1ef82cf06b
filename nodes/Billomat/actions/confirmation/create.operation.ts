import { create } from '../document';
import { CONFIRMATION, confirmationClientField } from './family';

export const { description, execute } = create(CONFIRMATION, confirmationClientField);
