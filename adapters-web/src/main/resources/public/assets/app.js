// Seller Center, Settings → Access Tokens. Talks only to the access-tokens API; the session is an HttpOnly cookie.
const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

const state = { me: null, policy: null, catalog: null, page: 0, status: "", lastFocus: null };

async function api(method, path, body) {
  const options = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (ignored) {
    json = null;
  }
  if (response.status === 401 && path !== "/api/v1/auth/session") {
    state.me = null;
    showSignIn("Your session has ended. Please sign in again.");
  }
  return { status: response.status, body: json };
}

// ---- formatting -------------------------------------------------------------------------------------------------
const pad = (n) => String(n).padStart(2, "0");
function localDateTime(iso) {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
function inputValue(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
function timeElement(iso) {
  const time = document.createElement("time");
  time.dateTime = iso;
  time.textContent = localDateTime(iso);
  time.title = iso;
  return time;
}
const STATUS_LABELS = { ACTIVE: "Active", EXPIRED: "Expired", REVOKED: "Revoked" };

// "orders: write, stock: read", or "Full access": a write scope is shown without the read scope it includes.
function accessText(scopes) {
  if (scopes.includes("*")) {
    return "Full access";
  }
  const byResource = new Map();
  for (const scope of scopes) {
    const [resource, access] = scope.split(":");
    if (access === "write" || !byResource.has(resource)) {
      byResource.set(resource, access);
    }
  }
  return [...byResource].map(([resource, access]) => `${resource}: ${access}`).join(", ");
}
function accessCell(token) {
  const access = document.createElement("span");
  const scopes = document.createElement("span");
  scopes.className = "access";
  scopes.textContent = accessText(token.scopes);
  const from = document.createElement("span");
  from.className = "from muted";
  from.textContent = token.allowedIps.length ? `Only from ${token.allowedIps.join(", ")}` : "From anywhere";
  access.append(scopes, from);
  return access;
}

// ---- views ------------------------------------------------------------------------------------------------------
function show(viewId) {
  for (const id of ["loading", "sign-in-view", "home-view", "tokens-view"]) {
    $(id).hidden = id !== viewId;
  }
  const signedIn = state.me !== null;
  $("main-menu").hidden = !signedIn;
  $("account").hidden = !signedIn;
  $("account-email").textContent = signedIn ? state.me.email || "" : "";
}

function showSignIn(message) {
  show("sign-in-view");
  const error = $("sign-in-error");
  error.textContent = message || "";
  error.hidden = !message;
  $("email").focus();
}

async function route() {
  closeSubmenu();
  if (state.me === null) {
    const me = await api("GET", "/api/v1/me");
    if (me.status !== 200 || me.body.authenticatedBy !== "SESSION") {
      state.me = null;
      showSignIn();
      return;
    }
    state.me = me.body;
  }
  if (location.hash === "#/settings/access-tokens") {
    await showTokens();
  } else {
    show("home-view");
  }
}

// ---- sign in / out ----------------------------------------------------------------------------------------------
$("sign-in-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const username = $("email").value.trim();
  const password = $("password").value;
  if (!username || !password) {
    showSignIn("Enter your email and password.");
    return;
  }
  $("sign-in-submit").disabled = true;
  try {
    const result = await api("POST", "/api/v1/auth/session", { username, password });
    if (result.status === 200) {
      $("password").value = "";
      state.me = result.body;
      await route();
      $("main").focus();
    } else if (result.status === 401) {
      showSignIn("Wrong email or password.");
    } else {
      showSignIn((result.body && result.body.detail) || "Signing in failed. Please try again.");
    }
  } finally {
    $("sign-in-submit").disabled = false;
  }
});

$("sign-out").addEventListener("click", async () => {
  await api("DELETE", "/api/v1/auth/session");
  state.me = null;
  location.hash = "";
  showSignIn();
});

// ---- menu -------------------------------------------------------------------------------------------------------
function closeSubmenu() {
  $("settings-menu").setAttribute("aria-expanded", "false");
  $("settings-submenu").hidden = true;
}
$("settings-menu").addEventListener("click", () => {
  const open = $("settings-menu").getAttribute("aria-expanded") !== "true";
  $("settings-menu").setAttribute("aria-expanded", String(open));
  $("settings-submenu").hidden = !open;
  if (open) {
    $("nav-access-tokens").focus();
  }
});
$("settings-submenu").addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    closeSubmenu();
    $("settings-menu").focus();
  }
});
window.addEventListener("hashchange", route);

// ---- the tokens page --------------------------------------------------------------------------------------------
async function showTokens() {
  show("tokens-view");
  const admin = state.me.role === "SELLER_ADMIN";
  $("not-admin").hidden = admin;
  $("tokens-admin").hidden = !admin;
  if (!admin) {
    return;
  }
  if (state.policy === null) {
    const policy = await api("GET", "/api/v1/access-tokens/policy");
    state.policy = policy.status === 200 ? policy.body : { maxLifetimeSeconds: 365 * 24 * 3600 };
  }
  if (state.catalog === null) {
    const catalog = await api("GET", "/api/v1/access-tokens/scopes");
    state.catalog = catalog.status === 200 ? catalog.body.items : [];
  }
  await loadTokens();
}

async function loadTokens() {
  const query = new URLSearchParams({ page: state.page, size: PAGE_SIZE });
  if (state.status) {
    query.set("status", state.status);
  }
  const result = await api("GET", `/api/v1/access-tokens?${query}`);
  if (result.status !== 200) {
    $("tokens-message").textContent = "Your tokens could not be loaded. Please try again.";
    return;
  }
  const { items, totalItems } = result.body;
  const body = $("tokens-body");
  body.replaceChildren(...items.map(tokenRow));
  $("tokens-table").hidden = items.length === 0;
  $("tokens-empty").hidden = items.length !== 0;
  const pages = Math.max(1, Math.ceil(totalItems / PAGE_SIZE));
  $("page-info").textContent = `Page ${state.page + 1} of ${pages} (${totalItems} tokens)`;
  $("page-prev").disabled = state.page === 0;
  $("page-next").disabled = state.page + 1 >= pages;
}

function cell(label, content) {
  const td = document.createElement("td");
  td.dataset.label = label;
  if (content instanceof Node) {
    td.append(content);
  } else {
    td.textContent = content;
  }
  return td;
}

function tokenRow(token) {
  const row = document.createElement("tr");
  row.dataset.tokenId = token.id;
  const key = document.createElement("code");
  key.textContent = token.tokenHint;
  const status = document.createElement("span");
  status.className = `status status-${token.status.toLowerCase()}`;
  status.textContent = STATUS_LABELS[token.status] || token.status;
  const actions = document.createElement("span");
  actions.className = "row-actions";
  if (token.status === "ACTIVE") {
    actions.append(actionButton("Revoke", "danger revoke", () => confirmRevoke(token)));
  }
  if (token.status !== "REVOKED") {
    actions.append(actionButton("Renew", "renew", () => confirmRenew(token)));
  }
  if (!actions.childElementCount) {
    actions.textContent = "—";
  }
  row.append(
    cell("Key", key),
    cell("Note", token.note || ""),
    cell("Access", accessCell(token)),
    cell("Status", status),
    cell("Valid Until", timeElement(token.validUntil)),
    cell("Last Used", token.lastUsedAt ? timeElement(token.lastUsedAt) : "Never"),
    cell("Revoke", actions));
  return row;
}

function actionButton(text, className, onClick) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = className;
  button.textContent = text;
  button.addEventListener("click", onClick);
  return button;
}

$("status-filter").addEventListener("change", async () => {
  state.status = $("status-filter").value;
  state.page = 0;
  await loadTokens();
});
$("page-prev").addEventListener("click", async () => {
  state.page = Math.max(0, state.page - 1);
  await loadTokens();
});
$("page-next").addEventListener("click", async () => {
  state.page += 1;
  await loadTokens();
});

// ---- dialogs ----------------------------------------------------------------------------------------------------
function openDialog(dialog, focusId) {
  state.lastFocus = document.activeElement;
  dialog.showModal();
  $(focusId).focus();
}
function closeDialog(dialog) {
  if (dialog.open) {
    dialog.close();
  }
}
for (const dialog of document.querySelectorAll("dialog")) {
  dialog.addEventListener("close", () => {
    if (dialog.id === "secret-dialog") {
      $("secret-value").textContent = ""; // the secret leaves the page with the dialog
      $("secret-copied").textContent = "";
    }
    if (state.lastFocus && document.contains(state.lastFocus)) {
      state.lastFocus.focus();
    }
  });
}

// ---- generate ---------------------------------------------------------------------------------------------------
function maxLifetimeMs() {
  return state.policy.maxLifetimeSeconds * 1000;
}
function setValidUntil(days) {
  const now = Date.now();
  const target = days === "max" ? now + maxLifetimeMs() - 60 * 1000 : now + Number(days) * DAY_MS;
  $("valid-until").value = inputValue(new Date(target));
}
function clearFieldErrors() {
  for (const id of ["valid-until-error", "scopes-error", "allowed-ips-error", "note-error", "generate-error"]) {
    $(id).textContent = "";
    $(id).hidden = true;
  }
  for (const id of ["valid-until", "scopes-fieldset", "allowed-ips", "note"]) {
    $(id).removeAttribute("aria-invalid");
  }
}

// One row per resource of the catalog: None, Read or Write, None to begin with, so that the admin chooses.
function renderScopes() {
  $("scopes-body").replaceChildren(...state.catalog.map((resource) => {
    const row = document.createElement("tr");
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = resource.resource;
    name.title = resource.description;
    row.append(name);
    for (const access of ["none", "read", "write"]) {
      const td = document.createElement("td");
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = `scope-${resource.resource}`;
      radio.id = `scope-${resource.resource}-${access}`;
      radio.value = access;
      radio.checked = access === "none";
      radio.setAttribute("aria-label", `${resource.resource}: ${access}`);
      td.append(radio);
      row.append(td);
    }
    return row;
  }));
}
function chosenScopes() {
  return state.catalog.flatMap((resource) => {
    const chosen = document.querySelector(`input[name="scope-${resource.resource}"]:checked`);
    return chosen && chosen.value !== "none" ? [`${resource.resource}:${chosen.value}`] : [];
  });
}
function chosenAddresses() {
  return $("allowed-ips").value.split(/[\s,]+/).filter((entry) => entry.length > 0);
}

$("generate-open").addEventListener("click", () => {
  const now = new Date();
  const max = new Date(now.getTime() + maxLifetimeMs());
  $("valid-until").min = inputValue(new Date(now.getTime() + 60 * 1000));
  $("valid-until").max = inputValue(max);
  const maxDays = Math.floor(maxLifetimeMs() / DAY_MS);
  $("quick-max").textContent = `Maximum (${maxDays} days)`;
  $("valid-until-hint").textContent = `In your time zone. From now to ${localDateTime(max.toISOString())} at most.`;
  setValidUntil(30);
  renderScopes();
  $("allowed-ips").value = "";
  $("note").value = "";
  clearFieldErrors();
  openDialog($("generate-dialog"), "valid-until");
});
for (const quick of document.querySelectorAll(".quick button")) {
  quick.addEventListener("click", () => setValidUntil(quick.dataset.days));
}
$("generate-cancel").addEventListener("click", () => closeDialog($("generate-dialog")));

$("generate-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearFieldErrors();
  const local = $("valid-until").value;
  const parsed = local ? new Date(local) : null;
  const validUntil = parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null;
  const scopes = chosenScopes();
  if (scopes.length === 0) {
    showFieldErrors([{ field: "scopes", message: "needs at least one resource with Read or Write" }]);
    return;
  }
  const request = { validUntil, note: $("note").value, scopes };
  const addresses = chosenAddresses();
  if (addresses.length > 0) {
    request.allowedIps = addresses;
  }
  $("generate-submit").disabled = true;
  try {
    const result = await api("POST", "/api/v1/access-tokens", request);
    if (result.status === 201) {
      closeDialog($("generate-dialog"));
      await loadTokens();
      showSecret(result.body.token);
    } else if (result.status === 400 && result.body && result.body.errors) {
      showFieldErrors(result.body.errors);
    } else if (result.status !== 401) {
      showGenerateError((result.body && result.body.detail) || "The token could not be generated.");
    }
  } finally {
    $("generate-submit").disabled = false;
  }
});

function showFieldErrors(errors) {
  const fields = {
    validUntil: ["valid-until", "Valid Until"],
    scopes: ["scopes", "Access"],
    allowedIps: ["allowed-ips", "Allowed addresses"],
    note: ["note", "Note"],
  };
  let first = null;
  for (const error of errors) {
    const field = fields[error.field];
    if (!field) {
      showGenerateError(`${error.field} ${error.message}`);
      continue;
    }
    const [id, label] = field;
    $(`${id}-error`).textContent = `${label} ${error.message}.`;
    $(`${id}-error`).hidden = false;
    const input = id === "scopes" ? $("scopes-fieldset") : $(id);
    input.setAttribute("aria-invalid", "true");
    first = first || (id === "scopes" ? document.querySelector("#scopes-body input") : input);
  }
  if (first) {
    first.focus();
  }
}
function showGenerateError(message) {
  $("generate-error").textContent = message;
  $("generate-error").hidden = false;
}

// ---- the secret, once ---------------------------------------------------------------------------------------------
function showSecret(secret) {
  $("secret-value").textContent = secret;
  $("secret-copied").textContent = "";
  state.lastFocus = $("generate-open");
  $("secret-dialog").showModal();
  $("secret-copy").focus();
}
$("secret-copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText($("secret-value").textContent);
    $("secret-copied").textContent = "Copied to the clipboard.";
  } catch (denied) {
    const range = document.createRange();
    range.selectNodeContents($("secret-value"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $("secret-copied").textContent = "Copying was not allowed: the token is selected, copy it with Ctrl+C.";
  }
});
$("secret-close").addEventListener("click", () => closeDialog($("secret-dialog")));

// ---- revoke and renew, after confirmation --------------------------------------------------------------------------
let confirmAction = null;
function askToConfirm(title, text, okLabel, action) {
  $("confirm-title").textContent = title;
  $("confirm-text").textContent = text;
  $("confirm-ok").textContent = okLabel;
  $("confirm-error").hidden = true;
  confirmAction = action;
  openDialog($("confirm-dialog"), "confirm-cancel");
}
$("confirm-cancel").addEventListener("click", () => closeDialog($("confirm-dialog")));
$("confirm-ok").addEventListener("click", async () => {
  $("confirm-ok").disabled = true;
  try {
    await confirmAction();
  } finally {
    $("confirm-ok").disabled = false;
  }
});

function confirmRevoke(token) {
  askToConfirm("Revoke this access token?",
    `Revoking ${token.tokenHint} is irreversible. Every API call using it stops working immediately.`,
    "Revoke token",
    async () => {
      const result = await api("POST", `/api/v1/access-tokens/${token.id}/revoke`);
      if (result.status === 200) {
        closeDialog($("confirm-dialog"));
        const row = document.querySelector(`tr[data-token-id="${token.id}"]`);
        if (row) {
          row.replaceWith(tokenRow(result.body));
        }
        $("tokens-message").textContent = `${token.tokenHint} was revoked.`;
      } else if (result.status !== 401) {
        $("confirm-error").textContent = (result.body && result.body.detail) || "The token could not be revoked.";
        $("confirm-error").hidden = false;
      }
    });
}

function confirmRenew(token) {
  askToConfirm("Renew this access token?",
    `A new token replaces ${token.tokenHint}, with the same note. ${token.tokenHint} is revoked now: every API call ` +
      "using it stops working immediately, so put the new token in its place.",
    "Renew token",
    async () => {
      const result = await api("POST", `/api/v1/access-tokens/${token.id}/renew`);
      if (result.status === 201) {
        closeDialog($("confirm-dialog"));
        await loadTokens();
        showSecret(result.body.token);
      } else if (result.status !== 401) {
        $("confirm-error").textContent = (result.body && result.body.detail) || "The token could not be renewed.";
        $("confirm-error").hidden = false;
      }
    });
}

route();
