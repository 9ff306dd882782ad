import * as core from "@actions/core";
import { hello } from "@oxidize/action-kit";
core.setOutput("verdict", hello());
