-- Headless Neovim as a second real LSP client (Debian 12 ships Neovim 0.7.2).
-- Started with the README's configuration as its init file (nvim.mjs), it opens each file listed in NVIM_TARGETS (JSON: [{ file, hover = { line, character } }], 0-based), waits
-- (bounded) for the language server's diagnostics and asks for a hover, and writes all of it as JSON to
-- NVIM_RESULT. Exit status 0 when every file got its answers, 1 otherwise; nvim.mjs asserts the contents.
local WAIT_MS = tonumber(os.getenv('NVIM_WAIT_MS') or '20000')
local out = { version = vim.version(), files = {} }

local function finish(code)
  local f = assert(io.open((assert(os.getenv('NVIM_RESULT'), 'NVIM_RESULT is not set')), 'w'))
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('cquit ' .. code)
end

local function main()
local targets = vim.fn.json_decode((assert(os.getenv('NVIM_TARGETS'), 'NVIM_TARGETS is not set')))
local status = 0
for _, target in ipairs(targets) do
  local result = { file = target.file }
  table.insert(out.files, result)
  vim.cmd('edit ' .. vim.fn.fnameescape(target.file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local attached = vim.wait(WAIT_MS, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end, 50)
  if not attached then
    result.error = 'no language server attached (filetype ' .. result.filetype .. ')'
    status = 1
  else
    for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do result.client = client.name end
    local t0 = vim.loop.hrtime()
    local got = vim.wait(WAIT_MS, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
    result.diagnostics_ms = math.floor((vim.loop.hrtime() - t0) / 1e6)
    result.diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      table.insert(result.diagnostics, {
        line = d.lnum + 1, column = d.col + 1, severity = d.severity, source = d.source,
        code = lsp.code, message = d.message,
      })
    end
    if not got then
      result.error = 'no diagnostics within ' .. WAIT_MS .. ' ms'
      status = 1
    end
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = target.hover }
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, WAIT_MS)
    for _, response in pairs(responses or {}) do
      if response.result and response.result.contents then result.hover = response.result.contents.value end
    end
    if not result.hover then
      result.error = (result.error or '') .. ' no hover'
      status = 1
    end
  end
end
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
return status
end

-- Any error ends Neovim too (with its traceback in the result), instead of leaving it waiting.
local ran, status = xpcall(main, debug.traceback)
if not ran then out.error = 'check.lua failed: ' .. tostring(status) end
finish(ran and status or 1)
