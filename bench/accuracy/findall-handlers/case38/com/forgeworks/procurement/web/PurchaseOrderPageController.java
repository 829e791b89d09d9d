package com.forgeworks.procurement.web;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/purchase-orders")
public class PurchaseOrderPageController {

    private final PurchaseOrderRepository purchaseOrderRepository;

    public PurchaseOrderPageController(PurchaseOrderRepository purchaseOrderRepository) {
        this.purchaseOrderRepository = purchaseOrderRepository;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("orders", purchaseOrderRepository.findAll(Sort.by(Sort.Direction.DESC, "issuedOn")));
        model.addAttribute("title", "Purchase orders");
        return "purchase-orders/list";
    }

    @GetMapping("/{id}")
    public String detail(@PathVariable long id, Model model) {
        model.addAttribute("order", purchaseOrderRepository.findById(id).orElseThrow());
        return "purchase-orders/detail";
    }
}
