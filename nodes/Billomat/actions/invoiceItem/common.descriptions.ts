// The item output helper others use (the trigger simplifies items the same way).
export { simplifyItem } from '../documentChild/item';
