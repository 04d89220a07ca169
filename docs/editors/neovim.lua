-- Postfix language server for Neovim 0.7 or newer.
local server = vim.env.POSTFIX_LS or '/path/to/dist/server.js'
vim.cmd([[
  augroup postfix_filetypes
    autocmd!
    autocmd BufRead,BufNewFile main.cf,main.cf.proto setfiletype postfix-main
    autocmd BufRead,BufNewFile master.cf,master.cf.proto setfiletype postfix-master
  augroup END
]])
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'postfix-main', 'postfix-master' },
  callback = function(args)
    client_id = client_id or vim.lsp.start_client({
      name = 'postfix',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
      settings = { postfix = { version = '3.7' } },
    })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
