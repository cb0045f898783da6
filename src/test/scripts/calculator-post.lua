-- wrk script: the calculator's no-JavaScript form post, varied across roles and places.
local bodies = {
  "role=backend-developer&level=senior&location=ca&skills=rust&company=large-tech&offer=150000",
  "role=devops-engineer&years=4&location=tx",
  "role=cloud-engineer&level=mid&location=seattle-wa&skills=aws-solutions-architect",
  "role=data-scientist&level=entry&location=us",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/calculator", { ["Content-Type"] = "application/x-www-form-urlencoded" },
    bodies[(i % #bodies) + 1])
end
