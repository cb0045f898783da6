-- wrk script: a mix of what visitors ask for, state pages and the calculator among them.
local paths = {
  "/", "/guides/backend-developer-salary-guide", "/salaries/software-developer", "/salaries/backend-developer",
  "/salaries/software-developer/california", "/salaries/web-developer/texas", "/salaries/data-scientist/new-york",
  "/salaries/information-security-analyst/virginia", "/compare/backend-developer-vs-devops-engineer",
  "/calculator", "/calculator?role=backend-developer&level=senior&location=wa",
}
local i = 0
request = function()
  i = i + 1
  if i % 10 == 0 then
    return wrk.format("POST", "/calculator", { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "role=devops-engineer&years=4&location=tx")
  end
  return wrk.format("GET", paths[(i % #paths) + 1])
end
