package com.harbourbank.statements.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

@WebServlet("/statements/download")
public class StatementDownloadServlet extends HttpServlet {

    private transient AccountDirectory directory;

    @Override
    public void init() throws ServletException {
        directory = (AccountDirectory) getServletContext().getAttribute(AccountDirectory.class.getName());
        if (directory == null) {
            throw new ServletException("AccountDirectory not registered");
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getRemoteUser();
        String accountId = req.getParameter("accountId");
        String month = req.getParameter("month");
        if (user == null || accountId == null || month == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<Account> accounts = directory.accountsOf(user);
        Account selected = null;
        for (Account account : accounts) {
            if (accountId.equals(String.valueOf(account.id()))) {
                selected = account;
                break;
            }
        }
        if (selected == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/csv");
        resp.setHeader("Content-Disposition",
                "attachment; filename=\"statement-" + selected.iban() + "-" + month + ".csv\"");
        resp.getWriter().write("date,description,amount\n");
    }
}
