// A small W3C WebDriver client: just the commands our tests use, over fetch.
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriver {
  constructor(base) {
    this.base = base;
    this.sessionId = null;
  }

  async request(method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(
        `${method} ${path}: ${v.error ?? res.status} ${v.message ?? ""}`,
      );
    }
    return json.value;
  }

  s(path) {
    return `/session/${this.sessionId}${path}`;
  }

  async start(capabilities) {
    const v = await this.request("POST", "/session", {
      capabilities: { alwaysMatch: capabilities },
    });
    this.sessionId = v.sessionId;
  }

  async quit() {
    if (!this.sessionId) return;
    await this.request("DELETE", `/session/${this.sessionId}`).catch(() => {});
    this.sessionId = null;
  }

  async find(css) {
    const v = await this.request("POST", this.s("/element"), {
      using: "css selector",
      value: css,
    });
    return v[ELEMENT];
  }

  async findAll(css) {
    const v = await this.request("POST", this.s("/elements"), {
      using: "css selector",
      value: css,
    });
    return v.map((e) => e[ELEMENT]);
  }

  /** Polls until `css` exists (and, when given, `predicate(text)` holds), or fails
   * after `ms`. Without a predicate no text is read: WebKitWebDriver cannot read the
   * text of some elements, such as forms and fieldsets. */
  async waitFor(css, predicate = null, ms = 15000) {
    const until = Date.now() + ms;
    let last = "";
    for (;;) {
      try {
        const id = await this.find(css);
        if (!predicate) return id;
        last = await this.text(id);
        if (predicate(last)) return id;
      } catch {
        // not there yet
      }
      if (Date.now() > until)
        throw new Error(`timed out waiting for ${css} (last text: "${last}")`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  /** Sets a field the way a date picker does (typing into it depends on the locale),
   * then fires its input and change events. */
  async setValue(css, value) {
    await this.waitFor(css);
    await this.execute(
      `const el = document.querySelector(arguments[0]);
       el.value = arguments[1];
       el.dispatchEvent(new Event("input", { bubbles: true }));
       el.dispatchEvent(new Event("change", { bubbles: true }));`,
      [css, value],
    );
  }

  /** Sets the size of the app's window (for screenshots at a given size). */
  setWindowRect(width, height) {
    return this.request("POST", this.s("/window/rect"), {
      x: 0,
      y: 0,
      width,
      height,
    });
  }

  /** Brings the element to the middle of the view, away from the window's edges
   * (where a click can land on something else). */
  scrollTo(css) {
    return this.execute(
      "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });",
      [css],
    );
  }

  text(id) {
    return this.request("GET", this.s(`/element/${id}/text`));
  }

  attribute(id, name) {
    return this.request("GET", this.s(`/element/${id}/attribute/${name}`));
  }

  value(id) {
    return this.request("GET", this.s(`/element/${id}/property/value`));
  }

  click(id) {
    return this.request("POST", this.s(`/element/${id}/click`), {});
  }

  clear(id) {
    return this.request("POST", this.s(`/element/${id}/clear`), {});
  }

  type(id, text) {
    return this.request("POST", this.s(`/element/${id}/value`), { text });
  }

  async clickCss(css) {
    await this.click(await this.waitFor(css));
  }

  /** Replaces the content of a field and leaves it with Tab, so its change event fires. */
  async fill(css, text) {
    const id = await this.waitFor(css);
    await this.clear(id);
    await this.type(id, text + "\uE004");
  }

  /** Picks the option of a <select> whose visible text is `label`, as a user clicks it. */
  async selectOption(css, label) {
    await this.waitFor(css);
    for (const id of await this.findAll(`${css} option`)) {
      if ((await this.text(id)).trim() === label) {
        await this.click(id);
        return;
      }
    }
    throw new Error(`no option "${label}" in ${css}`);
  }

  /** Presses keys as a keyboard does (W3C actions): each character or key code in
   * `keys` goes down and up in turn, on whatever element has the focus. */
  keys(keys) {
    const actions = [];
    for (const k of keys)
      actions.push({ type: "keyDown", value: k }, { type: "keyUp", value: k });
    return this.request("POST", this.s("/actions"), {
      actions: [{ type: "key", id: "keyboard", actions }],
    });
  }

  /** The data-testid of the focused element ("" when it has none). */
  focused() {
    return this.execute(
      "return document.activeElement?.dataset?.testid ?? '';",
    );
  }

  /** Presses Tab until the element with `testid` has the focus; fails after `max`. */
  async tabTo(testid, max = 80) {
    for (let i = 0; i < max; i++) {
      if ((await this.focused()) === testid) return;
      await this.keys(["\uE004"]);
    }
    throw new Error(`${testid} cannot be reached with Tab`);
  }

  execute(script, args = []) {
    return this.request("POST", this.s("/execute/sync"), { script, args });
  }

  async screenshot() {
    return Buffer.from(
      await this.request("GET", this.s("/screenshot")),
      "base64",
    );
  }
}
