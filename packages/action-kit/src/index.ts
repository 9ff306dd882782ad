export { ConfigurationError, errorMessage } from "./errors.js";
export {
  getBooleanInput,
  getChoiceInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
} from "./inputs.js";
export { runAction } from "./run.js";
