import { mount } from "svelte";
// One stylesheet per part of the app; together they are the whole look.
import "./styles/base.css";
import "./styles/shell.css";
import "./styles/registers.css";
import "./styles/policy-actions.css";
import "./styles/reports.css";
import App from "./App.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("#app missing from index.html");
export default mount(App, { target });
